#include "document/WorkspaceEdits.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/AddCommentCommand.h"
#include "document/commands/AddIndicatorCommand.h"
#include "document/commands/AddItemCommand.h"
#include "document/commands/AddOpdCommand.h"
#include "document/commands/AddPkCommand.h"
#include "document/commands/DuplicatePkCommand.h"
#include "document/commands/EditCommentCommand.h"
#include "document/commands/EditIndicatorCommand.h"
#include "document/commands/EditItemCommand.h"
#include "document/commands/EditMeasureSettingsCommand.h"
#include "document/commands/EditOpdCommand.h"
#include "document/commands/EditPemdaCommand.h"
#include "document/commands/EditPkCommand.h"
#include "document/commands/EditPrintSettingsCommand.h"
#include "document/commands/EditRealisasiAnggaranCommand.h"
#include "document/commands/EditRealisasiCommand.h"
#include "document/commands/MoveIndicatorCommand.h"
#include "document/commands/MoveItemCommand.h"
#include "document/commands/RemoveCommentCommand.h"
#include "document/commands/RemoveIndicatorCommand.h"
#include "document/commands/RemoveItemCommand.h"
#include "document/commands/RemoveOpdCommand.h"
#include "document/commands/RemovePkCommand.h"
#include "model/PkDraft.h"

#include <QUndoStack>

namespace Tepat {

WorkspaceEdits::WorkspaceEdits(WorkspaceDocument *document)
    : m_document(document)
{}

qint64 WorkspaceEdits::addIndicator(qint64 ownerId, int position, Indicator fields)
{
    if (!m_document->cascade().item(ownerId))
        return 0;
    fields.id = m_document->allocateId();
    fields.ownerId = ownerId;
    m_document->undoStack()->push(new AddIndicatorCommand(m_document, fields, position));
    return fields.id;
}

qint64 WorkspaceEdits::addIndicatorAfter(qint64 objectId)
{
    const Cascade &cascade = m_document->cascade();
    if (const Indicator *sibling = cascade.indicator(objectId)) {
        const int position = int(cascade.indicatorsOf(sibling->ownerId).indexOf(objectId)) + 1;
        return addIndicator(sibling->ownerId, position);
    }
    return addIndicator(objectId);
}

qint64 WorkspaceEdits::addChildItem(qint64 parentId)
{
    const std::optional<PlanItem::Kind> kind = m_document->cascade().childKindUnder(parentId);
    if (!kind)
        return 0;
    PlanItem item;
    item.id = m_document->allocateId();
    item.kind = *kind;
    item.parentId = parentId;
    m_document->undoStack()->push(new AddItemCommand(m_document, item, -1));
    return item.id;
}

qint64 WorkspaceEdits::addOpd(const QString &name, qint64 afterOpdId)
{
    const QList<Opd> &opds = m_document->cascade().opds();
    int position = -1;
    for (int i = 0; i < opds.size(); ++i) {
        if (opds[i].id == afterOpdId)
            position = i + 1;
    }
    Opd opd;
    opd.id = m_document->allocateId();
    opd.name = name;
    m_document->undoStack()->push(new AddOpdCommand(m_document, opd, position));
    return opd.id;
}

qint64 WorkspaceEdits::addPk(qint64 opdId, PkDocument::Level level, int year)
{
    PkDocument pk = PkDraft::make(m_document->cascade(), opdId, level, year);
    pk.id = m_document->allocateId();
    m_document->undoStack()->push(new AddPkCommand(m_document, pk));
    return m_document->cascade().pk(pk.id) ? pk.id : 0;
}

qint64 WorkspaceEdits::duplicatePk(qint64 pkId)
{
    if (!m_document->cascade().pk(pkId))
        return 0;
    auto *command = new DuplicatePkCommand(m_document, pkId);
    const qint64 id = command->newPkId();
    m_document->undoStack()->push(command);
    return id;
}

qint64 WorkspaceEdits::addComment(qint64 objectId, const QString &author, const QString &text)
{
    if (objectId == 0 || text.trimmed().isEmpty())
        return 0;
    ReviewComment comment;
    comment.id = m_document->allocateId();
    comment.objectId = objectId;
    comment.author = author;
    // Seconds are enough for minutes of a meeting, and the file stores them exactly.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    comment.at = now.addMSecs(-now.time().msec());
    comment.text = text.trimmed();
    m_document->undoStack()->push(new AddCommentCommand(m_document, comment));
    return comment.id;
}

Result<void> WorkspaceEdits::importSheet(const ImportPlan &plan,
                                         const ImportSheetCommand::Target &target,
                                         const QString &sourceName)
{
    Result<std::unique_ptr<ImportSheetCommand>> command
        = ImportSheetCommand::create(m_document, plan, target, sourceName);
    if (!command)
        return fail(command.error());
    m_document->undoStack()->push(command->release());
    return {};
}

bool WorkspaceEdits::removeObject(qint64 id)
{
    QUndoCommand *command = nullptr;
    switch (m_document->cascade().objectType(id).value_or(Cascade::ObjectType::Misi)) {
    case Cascade::ObjectType::Indicator:
        command = new RemoveIndicatorCommand(m_document, id);
        break;
    case Cascade::ObjectType::PlanItem:
        command = new RemoveItemCommand(m_document, id);
        break;
    case Cascade::ObjectType::Opd:
        command = new RemoveOpdCommand(m_document, id);
        break;
    case Cascade::ObjectType::Pk:
        command = new RemovePkCommand(m_document, id);
        break;
    case Cascade::ObjectType::Comment:
        command = new RemoveCommentCommand(m_document, id);
        break;
    case Cascade::ObjectType::Misi:      // edited with the period, as its text
    case Cascade::ObjectType::PkProgram: // edited with its PK, as a row
        return false;
    }
    m_document->undoStack()->push(command);
    return true;
}

bool WorkspaceEdits::moveObject(qint64 id, int delta)
{
    const Cascade &cascade = m_document->cascade();
    if (const Indicator *indicator = cascade.indicator(id)) {
        const QList<qint64> &siblings = cascade.indicatorsOf(indicator->ownerId);
        const int position = int(siblings.indexOf(id)) + delta;
        if (position < 0 || position >= siblings.size())
            return false;
        m_document->undoStack()->push(new MoveIndicatorCommand(m_document, id, position));
        return true;
    }
    if (const PlanItem *item = cascade.item(id)) {
        const QList<qint64> &siblings = cascade.childItems(item->parentId);
        const int position = int(siblings.indexOf(id)) + delta;
        if (position < 0 || position >= siblings.size())
            return false;
        m_document->undoStack()->push(new MoveItemCommand(m_document, id, position));
        return true;
    }
    return false;
}

template<typename Command, typename T>
bool WorkspaceEdits::pushEdit(
    const T *before, const T &after, const QString &field, Merge merge, const QString &text)
{
    if (!before || *before == after)
        return false;
    auto *command = new Command(m_document, after, field, merge == Merge::Typing);
    if (!text.isEmpty())
        command->setText(text);
    m_document->undoStack()->push(command);
    return true;
}

bool WorkspaceEdits::editIndicator(const Indicator &after,
                                   const QString &field,
                                   Merge merge,
                                   const QString &text)
{
    return pushEdit<EditIndicatorCommand>(
        m_document->cascade().indicator(after.id), after, field, merge, text);
}

bool WorkspaceEdits::editItem(const PlanItem &after,
                              const QString &field,
                              Merge merge,
                              const QString &text)
{
    return pushEdit<EditItemCommand>(
        m_document->cascade().item(after.id), after, field, merge, text);
}

bool WorkspaceEdits::editPk(const PkDocument &after,
                            const QString &field,
                            Merge merge,
                            const QString &text)
{
    return pushEdit<EditPkCommand>(m_document->cascade().pk(after.id), after, field, merge, text);
}

bool WorkspaceEdits::editOpd(const Opd &after, const QString &field, Merge merge)
{
    return pushEdit<EditOpdCommand>(m_document->cascade().opd(after.id), after, field, merge, {});
}

bool WorkspaceEdits::editComment(const ReviewComment &after, const QString &field, Merge merge)
{
    return pushEdit<EditCommentCommand>(
        m_document->cascade().comment(after.id), after, field, merge, {});
}

bool WorkspaceEdits::editPemda(const Pemda &pemda, const Periode &periode, const QString &field)
{
    const Cascade &cascade = m_document->cascade();
    if (pemda == cascade.pemda() && periode == cascade.periode())
        return false;
    m_document->undoStack()->push(new EditPemdaCommand(m_document, pemda, periode, field));
    return true;
}

bool WorkspaceEdits::editPrintSettings(const PrintSettings &settings)
{
    if (settings == m_document->cascade().printSettings())
        return false;
    m_document->undoStack()->push(new EditPrintSettingsCommand(m_document, settings));
    return true;
}

bool WorkspaceEdits::editRealisasi(qint64 indicatorId,
                                   const Realisasi &after,
                                   const QString &field,
                                   Merge merge)
{
    const Indicator *indicator = m_document->cascade().indicator(indicatorId);
    if (!indicator || indicator->realisasi == after)
        return false;
    m_document->undoStack()->push(
        new EditRealisasiCommand(m_document, indicatorId, after, field, merge == Merge::Typing));
    return true;
}

bool WorkspaceEdits::editRealisasiAnggaran(qint64 programId,
                                           const std::array<std::optional<Decimal>, 4> &after,
                                           const QString &field,
                                           Merge merge)
{
    const PkDocument *pk = m_document->cascade().pkOfProgram(programId);
    if (!pk)
        return false;
    for (const PkProgram &program : pk->programs) {
        if (program.id == programId && program.realisasiAnggaran == after)
            return false;
    }
    m_document->undoStack()->push(new EditRealisasiAnggaranCommand(
        m_document, programId, after, field, merge == Merge::Typing));
    return true;
}

bool WorkspaceEdits::editMeasureSettings(const MeasureSettings &settings)
{
    if (settings == m_document->cascade().measureSettings())
        return false;
    m_document->undoStack()->push(new EditMeasureSettingsCommand(m_document, settings));
    return true;
}

void WorkspaceEdits::inOneStep(const QString &text, const std::function<void()> &edits)
{
    m_document->undoStack()->beginMacro(text);
    edits();
    m_document->undoStack()->endMacro();
}

} // namespace Tepat
