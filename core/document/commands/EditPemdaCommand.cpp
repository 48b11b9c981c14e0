#include "document/commands/EditPemdaCommand.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/CommandId.h"

namespace Tepat {

EditPemdaCommand::EditPemdaCommand(WorkspaceDocument *document,
                                   const Pemda &pemda,
                                   const Periode &periode,
                                   const QString &field)
    : m_document(document)
    , m_pemdaBefore(document->cascade().pemda())
    , m_periodeBefore(document->cascade().periode())
    , m_pemdaAfter(pemda)
    , m_periodeAfter(periode)
    , m_field(field)
{
    setText(tr("Edit pemda and period"));
}

void EditPemdaCommand::undo()
{
    if (!m_document->setPemdaAndPeriode(m_pemdaBefore, m_periodeBefore))
        setObsolete(true);
}

void EditPemdaCommand::redo()
{
    if (!m_document->setPemdaAndPeriode(m_pemdaAfter, m_periodeAfter))
        setObsolete(true);
}

int EditPemdaCommand::id() const
{
    return int(CommandId::EditPemda);
}

bool EditPemdaCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditPemdaCommand *>(other);
    if (next->m_document != m_document || next->m_field != m_field)
        return false;
    m_pemdaAfter = next->m_pemdaAfter;
    m_periodeAfter = next->m_periodeAfter;
    setObsolete(m_pemdaAfter == m_pemdaBefore && m_periodeAfter == m_periodeBefore);
    return true;
}

} // namespace Tepat
