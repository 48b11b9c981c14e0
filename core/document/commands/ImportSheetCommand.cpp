#include "document/commands/ImportSheetCommand.h"

#include "document/WorkspaceDocument.h"
#include "model/PkLockState.h"

namespace Tepat {

namespace {

PlanItem::Kind renstraKind(ImportPlan::NodeKind kind)
{
    switch (kind) {
    case ImportPlan::NodeKind::Tujuan:
        return PlanItem::Kind::RenstraTujuan;
    case ImportPlan::NodeKind::Sasaran:
        return PlanItem::Kind::RenstraSasaran;
    case ImportPlan::NodeKind::Program:
        return PlanItem::Kind::Program;
    case ImportPlan::NodeKind::Kegiatan:
        return PlanItem::Kind::Kegiatan;
    case ImportPlan::NodeKind::SubKegiatan:
        return PlanItem::Kind::SubKegiatan;
    }
    return PlanItem::Kind::RenstraSasaran;
}

} // namespace

ImportSheetCommand::ImportSheetCommand(WorkspaceDocument *document)
    : m_document(document)
{}

Result<std::unique_ptr<ImportSheetCommand>> ImportSheetCommand::create(WorkspaceDocument *document,
                                                                       const ImportPlan &plan,
                                                                       const Target &target,
                                                                       const QString &sourceName)
{
    if (!plan.problems.isEmpty()) {
        return fail(Error(Error::Code::Invalid,
                          tr("The sheet has %n problem(s); nothing was imported.",
                             nullptr,
                             int(plan.problems.size()))));
    }
    if (plan.isEmpty()) {
        return fail(
            Error(Error::Code::Invalid, tr("The sheet has no rows to import under the header.")));
    }
    if (target.kind == TargetKind::Pk) {
        if (Result<void> editable = PkLockState::checkEditable(document->cascade(), target.id);
            !editable) {
            return fail(editable.error());
        }
    }
    const Cascade &cascade = document->cascade();
    std::unique_ptr<ImportSheetCommand> command(new ImportSheetCommand(document));
    QList<qint64> idOf(plan.nodes.size(), 0);
    QSet<qint64> created;

    // An item under a parent: the one there already with that name (and code), or a new one.
    const auto place = [&](PlanItem::Kind kind,
                           qint64 parentId,
                           const QString &code,
                           const QString &name,
                           const QMap<int, Decimal> &pagu) {
        if (!created.contains(parentId)) {
            for (const qint64 childId : cascade.childItems(parentId)) {
                const PlanItem *child = cascade.item(childId);
                if (child->kind == kind && child->name.compare(name, Qt::CaseInsensitive) == 0
                    && (code.isEmpty() || child->code == code)) {
                    return childId;
                }
            }
        }
        PlanItem item;
        item.id = document->allocateId();
        item.kind = kind;
        item.parentId = parentId;
        item.code = code;
        item.name = name;
        if (item.hasPagu())
            item.pagu = pagu;
        command->m_items.append(item);
        created.insert(item.id);
        return item.id;
    };
    const auto lastChild = [&](qint64 parentId, PlanItem::Kind kind) -> qint64 {
        qint64 found = 0;
        for (const qint64 childId : cascade.childItems(parentId)) {
            if (cascade.item(childId)->kind == kind)
                found = childId;
        }
        return found;
    };

    if (target.kind == TargetKind::Renstra) {
        const Opd *opd = cascade.opd(target.id);
        if (!opd)
            return fail(Error(Error::Code::NotFound, tr("The OPD to import into is gone.")));
        qint64 fallbackTujuan = 0;
        qint64 fallbackSasaran = 0;
        const auto tujuanFor = [&]() {
            if (fallbackTujuan == 0)
                fallbackTujuan = lastChild(opd->id, PlanItem::Kind::RenstraTujuan);
            if (fallbackTujuan == 0) {
                fallbackTujuan = place(PlanItem::Kind::RenstraTujuan,
                                       opd->id,
                                       {},
                                       tr("Tujuan from %1").arg(sourceName),
                                       {});
            }
            return fallbackTujuan;
        };
        const auto sasaranFor = [&](qint64 tujuanId) {
            if (tujuanId != 0) {
                if (const qint64 existing = lastChild(tujuanId, PlanItem::Kind::RenstraSasaran))
                    return existing;
                return place(PlanItem::Kind::RenstraSasaran,
                             tujuanId,
                             {},
                             tr("Sasaran from %1").arg(sourceName),
                             {});
            }
            if (fallbackSasaran == 0) {
                for (const qint64 tujuan : cascade.childItems(opd->id)) {
                    if (const qint64 sasaran = lastChild(tujuan, PlanItem::Kind::RenstraSasaran))
                        fallbackSasaran = sasaran;
                }
            }
            if (fallbackSasaran == 0) {
                fallbackSasaran = place(PlanItem::Kind::RenstraSasaran,
                                        tujuanFor(),
                                        {},
                                        tr("Sasaran from %1").arg(sourceName),
                                        {});
            }
            return fallbackSasaran;
        };
        for (int index = 0; index < plan.nodes.size(); ++index) {
            const ImportPlan::Node &node = plan.nodes[index];
            qint64 parentId = 0;
            switch (node.kind) {
            case ImportPlan::NodeKind::Tujuan:
                parentId = opd->id;
                break;
            case ImportPlan::NodeKind::Sasaran:
                parentId = node.parent >= 0 ? idOf[node.parent] : tujuanFor();
                break;
            case ImportPlan::NodeKind::Program: {
                const int sasaran = plan.ancestor(node.parent, ImportPlan::NodeKind::Sasaran);
                const int tujuan = plan.ancestor(node.parent, ImportPlan::NodeKind::Tujuan);
                parentId
                    = sasaran >= 0 ? idOf[sasaran] : sasaranFor(tujuan >= 0 ? idOf[tujuan] : 0);
                break;
            }
            case ImportPlan::NodeKind::Kegiatan:
            case ImportPlan::NodeKind::SubKegiatan:
                parentId = idOf[node.parent];
                break;
            }
            idOf[index] = place(renstraKind(node.kind), parentId, node.code, node.name, node.pagu);
        }
        for (const ImportPlan::PlannedIndicator &planned : plan.indicators) {
            Indicator indicator = planned.indicator;
            indicator.id = document->allocateId();
            indicator.ownerId = idOf[planned.owner];
            command->m_indicators.append(indicator);
        }
    } else {
        const PkDocument *pk = cascade.pk(target.id);
        if (!pk)
            return fail(Error(Error::Code::NotFound, tr("The PK to import into is gone.")));
        PkDocument after = *pk;
        for (int index = 0; index < plan.nodes.size(); ++index) {
            const ImportPlan::Node &node = plan.nodes[index];
            if (node.kind == ImportPlan::NodeKind::Sasaran) {
                idOf[index] = place(PlanItem::Kind::PkSasaran, pk->id, {}, node.name, {});
            } else if (node.kind != ImportPlan::NodeKind::Tujuan) {
                PkProgram program;
                program.id = document->allocateId();
                program.code = node.code;
                program.name = node.name;
                program.anggaran = node.pagu.value(pk->year);
                after.programs.append(program);
            }
        }
        for (const ImportPlan::PlannedIndicator &planned : plan.indicators) {
            const int sasaran = plan.ancestor(planned.owner, ImportPlan::NodeKind::Sasaran);
            if (sasaran < 0) {
                return fail(Error(Error::Code::Invalid,
                                  tr("Row %1: the indicator '%2' has no sasaran above it, and a "
                                     "PK holds indicators under its sasaran only.")
                                      .arg(planned.sheetRow)
                                      .arg(planned.indicator.text),
                                  {},
                                  planned.sheetRow));
            }
            Indicator indicator = planned.indicator;
            indicator.id = document->allocateId();
            indicator.ownerId = idOf[sasaran];
            indicator.targets.clear();
            if (planned.indicator.targets.contains(pk->year))
                indicator.targets.insert(pk->year, planned.indicator.target(pk->year));
            command->m_indicators.append(indicator);
        }
        if (after != *pk) {
            command->m_pkBefore = *pk;
            command->m_pkAfter = after;
        }
    }

    Cascade trial = cascade;
    if (const Result<void> tried = command->applyTo(trial); !tried)
        return fail(tried.error());
    command->setText(tr("Import %1").arg(sourceName));
    return command;
}

Result<void> ImportSheetCommand::applyTo(Cascade &cascade) const
{
    for (const PlanItem &item : m_items) {
        if (const Result<void> done = cascade.insertItem(item); !done)
            return done;
    }
    for (const Indicator &indicator : m_indicators) {
        if (const Result<void> done = cascade.insertIndicator(indicator); !done)
            return done;
    }
    if (m_pkAfter)
        return cascade.updatePk(*m_pkAfter);
    return {};
}

void ImportSheetCommand::undo()
{
    if (m_pkBefore && !m_document->updatePk(*m_pkBefore))
        setObsolete(true);
    // Indicators under items that were there before go one by one; the new items take theirs.
    QSet<qint64> newItems;
    for (const PlanItem &item : std::as_const(m_items))
        newItems.insert(item.id);
    for (auto indicator = m_indicators.crbegin(); indicator != m_indicators.crend(); ++indicator) {
        if (!newItems.contains(indicator->ownerId) && !m_document->removeIndicator(indicator->id))
            setObsolete(true);
    }
    for (auto item = m_items.crbegin(); item != m_items.crend(); ++item) {
        if (!newItems.contains(item->parentId) && !m_document->removeItem(item->id))
            setObsolete(true);
    }
}

void ImportSheetCommand::redo()
{
    if (!m_document->insertObjects(m_items, m_indicators)) {
        setObsolete(true);
        return;
    }
    if (m_pkAfter && !m_document->updatePk(*m_pkAfter))
        setObsolete(true);
}

} // namespace Tepat
