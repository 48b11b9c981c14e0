#include "document/commands/CreatePerubahanCommand.h"

#include "document/WorkspaceDocument.h"
#include "model/PkVersions.h"
#include "values/IndonesianDate.h"

namespace Tepat {

CreatePerubahanCommand::CreatePerubahanCommand(WorkspaceDocument *document)
    : m_document(document)
{}

Result<std::unique_ptr<CreatePerubahanCommand>>
CreatePerubahanCommand::create(WorkspaceDocument *document, const Request &request)
{
    const Cascade &cascade = document->cascade();
    const PkDocument *source = cascade.pk(request.pkId);
    const auto refuse = [](const QString &why) { return fail(Error(Error::Code::Invalid, why)); };
    if (!source)
        return refuse(tr("PK %1 does not exist.").arg(request.pkId));
    if (const qint64 next = PkVersions::successor(cascade, source->id)) {
        return refuse(tr("This PK was changed already by %1; make the next PK Perubahan from "
                         "that one.")
                          .arg(PkVersions::name(cascade, next)));
    }
    if (request.alasan == PkDocument::Alasan::NotGiven)
        return refuse(tr("Choose the alasan of the PK Perubahan."));
    if (!request.berlaku.isValid() || request.berlaku.year() != source->year) {
        return refuse(
            tr("The tanggal berlaku must be a day of %1, the year of the PK.").arg(source->year));
    }
    if (source->kind == PkDocument::Kind::Perubahan && source->changeDate.isValid()
        && request.berlaku <= source->changeDate) {
        return refuse(tr("The tanggal berlaku must come after %1, when the version it changes "
                         "took effect.")
                          .arg(IndonesianDate::format(source->changeDate)));
    }

    auto command = std::unique_ptr<CreatePerubahanCommand>(new CreatePerubahanCommand(document));
    PkDocument &pk = command->m_pk;
    pk = *source;
    pk.id = document->allocateId();
    pk.kind = PkDocument::Kind::Perubahan;
    pk.alasan = request.alasan;
    pk.dasar = request.dasar.trimmed();
    pk.changeDate = request.berlaku;
    pk.signDate = request.berlaku;
    pk.previousVersionId = source->id;
    pk.number.clear();
    pk.lockHistory.clear();
    for (PkProgram &program : pk.programs) {
        program.previousVersionId = program.id;
        program.id = document->allocateId();
    }
    for (qsizetype i = 0; i < cascade.pks().size(); ++i) {
        if (cascade.pks()[i].id == source->id)
            command->m_position = int(i + 1);
    }
    for (qint64 sasaranId : cascade.childItems(source->id)) {
        PlanItem sasaran = *cascade.item(sasaranId);
        sasaran.previousVersionId = sasaran.id;
        sasaran.id = document->allocateId();
        sasaran.parentId = pk.id;
        command->m_sasaran.append(sasaran);
        for (qint64 indicatorId : cascade.indicatorsOf(sasaranId)) {
            Indicator indicator = *cascade.indicator(indicatorId);
            indicator.previousVersionId = indicator.id;
            indicator.id = document->allocateId();
            indicator.ownerId = sasaran.id;
            command->m_indicators.append(indicator);
        }
    }
    command->setText(tr("Make PK Perubahan"));
    return command;
}

void CreatePerubahanCommand::undo()
{
    for (const PlanItem &sasaran : std::as_const(m_sasaran)) {
        if (!m_document->removeItem(sasaran.id))
            setObsolete(true);
    }
    if (!m_document->removePk(m_pk.id))
        setObsolete(true);
}

void CreatePerubahanCommand::redo()
{
    if (isObsolete() || !m_document->insertPk(m_pk, m_position)) {
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
