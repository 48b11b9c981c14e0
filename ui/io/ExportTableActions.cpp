#include "io/ExportTableActions.h"

#include "common/UiLanguage.h"
#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "export/SpreadsheetExport.h"
#include "sheet/SheetFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTreeView>

namespace Tepat {

namespace {

QString fileNamePart(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    return text.toLower().replace(unsafe, QStringLiteral("-"));
}

} // namespace

ExportTableActions::ExportTableActions(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_menu(new QMenu(tr("Export to &spreadsheet"), context->window()))
{
    m_pkAction = m_menu->addAction(
        tr("&PK lampiran of the selected PK…"), this, [this] { exportTables(What::Pk); });
    m_renstraAction = m_menu->addAction(
        tr("&Renstra of the selected OPD…"), this, [this] { exportTables(What::Renstra); });
    m_findingsAction
        = m_menu->addAction(tr("&Findings…"), this, [this] { exportTables(What::Findings); });
    m_pkAction->setStatusTip(
        tr("Sasaran, indicators and targets, then programs and anggaran, as .xlsx or .csv"));
    m_renstraAction->setStatusTip(
        tr("Indicators with baseline, targets and pagu for every year, as .xlsx or .csv"));
    m_findingsAction->setStatusTip(tr("Every finding of the checker, as .xlsx or .csv"));
    // Enabled by what is selected when the menu opens, so no selection signal must be followed
    // across documents.
    connect(m_menu, &QMenu::aboutToShow, this, &ExportTableActions::updateActions);
    m_prompt = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(
            m_context->window(),
            tr("Export to spreadsheet"),
            suggested,
            tr("Excel workbook (*.xlsx);;CSV, separated by semicolons (*.csv)"));
    };
    updateActions();
}

qint64 ExportTableActions::selectedPk() const
{
    const WorkspaceDocument *document = m_context->document();
    if (!document)
        return 0;
    return document->cascade().pkOf(m_context->currentObject());
}

qint64 ExportTableActions::selectedOpd() const
{
    const WorkspaceDocument *document = m_context->document();
    if (!document)
        return 0;
    return document->cascade().opdOf(m_context->currentObject());
}

void ExportTableActions::updateActions()
{
    m_pkAction->setEnabled(selectedPk() != 0);
    m_renstraAction->setEnabled(selectedOpd() != 0);
    m_findingsAction->setEnabled(m_context->document() != nullptr);
}

QString ExportTableActions::suggestedPath(What what) const
{
    const WorkspaceDocument *document = m_context->document();
    const Cascade &cascade = document->cascade();
    QString name;
    switch (what) {
    case What::Pk: {
        const PkDocument *pk = cascade.pk(selectedPk());
        const Opd *opd = cascade.opd(pk->opdId);
        name = QStringLiteral("lampiran-pk-%1-%2")
                   .arg(pk->year)
                   .arg(opd ? opd->shortName : QStringLiteral("kepala-daerah"));
        break;
    }
    case What::Renstra:
        name = QStringLiteral("renstra-%1").arg(cascade.opd(selectedOpd())->shortName);
        break;
    case What::Findings:
        name = QStringLiteral("temuan-%1").arg(QFileInfo(document->path()).completeBaseName());
        break;
    }
    const QString folder
        = document->path().isEmpty() ? QDir::homePath() : QFileInfo(document->path()).path();
    return QDir(folder).filePath(fileNamePart(name) + QStringLiteral(".xlsx"));
}

void ExportTableActions::exportTables(What what)
{
    updateActions();
    WorkspaceDocument *document = m_context->document();
    const QAction *action = what == What::Pk ? m_pkAction
        : what == What::Renstra              ? m_renstraAction
                                             : m_findingsAction;
    if (!document || !action->isEnabled())
        return;
    QString path = m_prompt(suggestedPath(what));
    if (path.isEmpty())
        return;
    if (!SheetFile::typeOf(path))
        path += QStringLiteral(".xlsx"); // a name typed without extension

    const Cascade &cascade = document->cascade();
    QList<SheetTable> tables;
    switch (what) {
    case What::Pk:
        tables = SpreadsheetExport::pkLampiran(cascade, *cascade.pk(selectedPk()));
        break;
    case What::Renstra:
        tables = {SpreadsheetExport::renstra(cascade, *cascade.opd(selectedOpd()))};
        break;
    case What::Findings:
        document->ensureChecked();
        tables
            = {SpreadsheetExport::findings(cascade, document->findings(), UiLanguage::current())};
        break;
    }
    const Result<QStringList> written = SheetFile::write(path, tables);
    if (!written) {
        QMessageBox::warning(m_context->window(), tr("Cannot export"), written.error().message);
        return;
    }
    m_context->showMessage(tr("Exported to %1.").arg(written->join(QStringLiteral(", "))), 10000);
}

} // namespace Tepat
