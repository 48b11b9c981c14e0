#include "document/commands/DuplicatePkCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

DuplicatePkCommand::DuplicatePkCommand(WorkspaceDocument *document, qint64 pkId)
    : m_document(document)
{
    const Cascade &cascade = document->cascade();
    const PkDocument *source = cascade.pk(pkId);
    if (!source) {
        setObsolete(true);
        return;
    }
    const int year = source->year + 1;
    m_pk = *source;
    m_pk.id = document->allocateId();
    m_pk.year = year;
    m_pk.kind = PkDocument::Kind::Awal;
    m_pk.changeDate = {};
    m_pk.dasar.clear();
    m_pk.alasan = PkDocument::Alasan::NotGiven;
    m_pk.previousVersionId = 0;
    m_pk.lockHistory.clear();
    m_pk.number.clear();
    m_pk.signDate = QDate(year, 1, 2);
    m_pk.declaredTotal.reset();
    // The superior signs a PK of the new year too, if one is there already.
    m_pk.parentPkId = 0;
    if (const PkDocument *parent = cascade.pk(source->parentPkId)) {
        for (const PkDocument &candidate : cascade.pks()) {
            if (candidate.opdId == parent->opdId && candidate.level == parent->level
                && candidate.year == year) {
                m_pk.parentPkId = candidate.id;
            }
        }
    }
    for (PkProgram &program : m_pk.programs) {
        program.id = document->allocateId();
        program.previousVersionId = 0;
        const PlanItem *item = cascade.item(program.planItemId);
        program.anggaran = item ? item->pagu.value(year) : Decimal();
        // A new year starts without results.
        program.realisasiAnggaran = {};
    }
    for (qint64 sasaranId : cascade.childItems(pkId)) {
        PlanItem sasaran = *cascade.item(sasaranId);
        sasaran.id = document->allocateId();
        sasaran.parentId = m_pk.id;
        sasaran.previousVersionId = 0;
        m_sasaran.append(sasaran);
        for (qint64 indicatorId : cascade.indicatorsOf(sasaranId)) {
            Indicator indicator = *cascade.indicator(indicatorId);
            indicator.id = document->allocateId();
            indicator.ownerId = sasaran.id;
            indicator.targets.clear();
            indicator.realisasi = {};
            indicator.previousVersionId = 0;
            if (const Indicator *served = cascade.indicator(indicator.servesId)) {
                if (served->targets.contains(year))
                    indicator.targets.insert(year, served->target(year));
            }
            m_indicators.append(indicator);
        }
    }
    setText(tr("Duplicate PK for %1").arg(year));
}

void DuplicatePkCommand::undo()
{
    for (const PlanItem &sasaran : std::as_const(m_sasaran)) {
        if (!m_document->removeItem(sasaran.id))
            setObsolete(true);
    }
    if (!m_document->removePk(m_pk.id))
        setObsolete(true);
}

void DuplicatePkCommand::redo()
{
    if (isObsolete() || !m_document->insertPk(m_pk, -1)) {
        setObsolete(true);
        return;
    }
    for (const PlanItem &sasaran : std::as_const(m_sasaran)) {
        if (!m_document->insertItem(sasaran, -1))
            setObsolete(true);
    }
    for (const Indicator &indicator : std::as_const(m_indicators)) {
        if (!m_document->insertIndicator(indicator, -1))
            setObsolete(true);
    }
}

} // namespace Tepat
